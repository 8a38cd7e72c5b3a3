// A name can end a sentence whose full stop the message holds ("… za organizaci {name}."); a name that ends with an
// abbreviation already has one ("Centrum pro rodinu NÁRUČ, z.s."), and "z.s.." is a slip.

/** The text without its final full stop, for an argument the message follows with one. */
export const beforeFullStop = (text: string) => text.replace(/\.$/, "");
