// The one error type handlers throw: the app turns it into `{error: {status, message}}` with that status.
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 500;

  constructor(status: HttpError['status'], message: string) {
    super(message);
    this.status = status;
  }
}

export interface ErrorBody {
  readonly error: { readonly status: number; readonly message: string };
}

export function errorBody(status: number, message: string): ErrorBody {
  return { error: { status, message } };
}
