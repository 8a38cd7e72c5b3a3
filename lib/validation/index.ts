// zod reports issues as translation keys ("errors.field.<key>") with one optional parameter, "too_big|200", so the
// same schema yields Czech or English messages in the form and from the server action.
import { z } from "zod";

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "too_small":
        return issue.minimum === 1 && issue.origin === "string" ? "required" : `too_small|${issue.minimum}`;
      case "too_big":
        return `too_big|${issue.maximum}`;
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "required" : "invalid_type";
      case "invalid_format":
        return issue.format === "email" ? "email" : "invalid_format";
      case "invalid_value":
        return "invalid_value";
      default:
        return issue.code === "custom" && issue.message ? issue.message : issue.code;
    }
  },
});

export { z };
export { splitMessage } from "./message";
