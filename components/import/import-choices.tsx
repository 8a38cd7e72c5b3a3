// What to do with a file some of whose rows have errors: import the valid rows, download the rejected ones with
// their errors (to fix and import again), or import nothing. Shared by the imports' previews.
type Labels = {
  intro: string;
  importValid: string;
  importing: string;
  download: string;
  downloading: string;
  nothing: string;
};
type Props = {
  labels: Labels;
  canImport: boolean;
  pending: "import" | "download" | null;
  onImport: () => void;
  onDownload: () => void;
  onNothing: () => void;
};

export function ImportChoices({ labels, canImport, pending, onImport, onDownload, onNothing }: Props) {
  return (
    <div className="space-y-3" role="group" aria-labelledby="import-choices-intro">
      <p id="import-choices-intro">{labels.intro}</p>
      <div className="flex flex-wrap gap-3">
        {canImport ? (
          <button type="button" className="btn" disabled={pending !== null} onClick={onImport}>
            {pending === "import" ? labels.importing : labels.importValid}
          </button>
        ) : null}
        <button type="button" className="btn-secondary" disabled={pending !== null} onClick={onDownload}>
          {pending === "download" ? labels.downloading : labels.download}
        </button>
        <button type="button" className="btn-secondary" disabled={pending !== null} onClick={onNothing}>
          {labels.nothing}
        </button>
      </div>
    </div>
  );
}
