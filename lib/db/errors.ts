// Prisma errors are recognised by their code, never by message text. Each provider's client has its own error
// class, so the check is by shape.
export function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

export const isUniqueViolation = (error: unknown) => prismaCode(error) === "P2002";
export const isNotFound = (error: unknown) => prismaCode(error) === "P2025";
