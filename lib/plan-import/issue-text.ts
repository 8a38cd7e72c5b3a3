// Every parameter an issue message may name, empty unless the issue gives it (ICU needs a value for each).
export const NO_PARAMS = { value: "", code: "", parent: "", line: "", title: "", max: "" };
