export const ERROR_CODES = ["not_found", "forbidden", "conflict", "validation", "rate_limited", "unauthenticated"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldErrors = Record<string, string[]>;

export class PeerdeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = `errors.${code}`,
    readonly fieldErrors: FieldErrors = {},
    // Values for the message's placeholders, such as the reputation a privilege needs.
    readonly messageValues: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "PeerdeskError";
  }
}

export class NotFoundError extends PeerdeskError {
  constructor(messageKey = "errors.not_found") {
    super("not_found", messageKey);
  }
}

export class ForbiddenError extends PeerdeskError {
  constructor(messageKey = "errors.forbidden", messageValues: Record<string, string | number> = {}) {
    super("forbidden", messageKey, {}, messageValues);
  }
}

export class ConflictError extends PeerdeskError {
  constructor(messageKey = "errors.conflict", fieldErrors: FieldErrors = {}) {
    super("conflict", messageKey, fieldErrors);
  }
}

export class ValidationError extends PeerdeskError {
  constructor(fieldErrors: FieldErrors, messageKey = "errors.validation") {
    super("validation", messageKey, fieldErrors);
  }
}

export class RateLimitedError extends PeerdeskError {
  constructor(
    readonly retryAfterSeconds: number,
    messageKey = "errors.rate_limited",
  ) {
    super("rate_limited", messageKey);
  }
}

export class UnauthenticatedError extends PeerdeskError {
  constructor(messageKey = "errors.unauthenticated") {
    super("unauthenticated", messageKey);
  }
}

export function isPeerdeskError(error: unknown): error is PeerdeskError {
  return error instanceof PeerdeskError;
}
