/** The one error type the domain and the store raise on purpose; `code` picks the friendly text users see. */
export type DomainErrorCode =
  | 'map_not_found'
  | 'map_name_taken'
  | 'map_archived'
  | 'not_allowed'
  | 'invalid_input'
  | 'store_unavailable';

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string = code, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DomainError';
    this.code = code;
  }
}

export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
