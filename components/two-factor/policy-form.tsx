import { db } from "@/lib/db";
import { requiredRoles } from "@/lib/two-factor/queries";
import { PolicyFields } from "./policy-fields";

/** The admin's choice of roles that must use a second factor (on /sprava); reads the current setting itself. */
export async function TwoFactorPolicyForm() {
  return <PolicyFields roles={await requiredRoles(db)} />;
}
