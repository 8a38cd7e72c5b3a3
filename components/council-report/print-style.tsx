/** The print stylesheet of the report: A4, page numbers where the browser supports @page margin boxes, and the
 * app's header and navigation hidden (the header belongs to the signed-in layout, so it is hidden from here). */
export function PrintStyle({ pageCounter }: { pageCounter: string }) {
  const css = `
@page { size: A4; margin: 16mm 14mm 18mm; @bottom-center { content: ${pageCounter}; font-size: 9pt; color: #374151; } }
@media print {
  body { background: #fff; }
  body > header { display: none !important; }
  main#obsah { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  [data-signal] { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}`;
  return <style>{css}</style>;
}
