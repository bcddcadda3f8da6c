// The pure part of useActionForm: what a form holds and how each event changes it.
import type { FieldErrors } from './schemaErrors';

export interface FormState<V> {
  values: V;
  /** Red lines under the fields: the client's schema first, then what the server said about a field. */
  errors: FieldErrors;
  /** A problem not tied to one field, shown by the submit button. */
  problem: string | null;
  submitting: boolean;
}

export type FormEvent<V> =
  /** The person changed some fields: their red lines (and `clears`, fields derived from them) go away. */
  | { type: 'edit'; patch: Partial<V>; clears: string[] }
  /** A draft was restored, or discarded back to the empty form. */
  | { type: 'reset'; values: V }
  | { type: 'refused'; errors: FieldErrors; problem: string | null }
  | { type: 'submitting' }
  | { type: 'answered' };

export function initialFormState<V>(values: V): FormState<V> {
  return { values, errors: {}, problem: null, submitting: false };
}

export function formReducer<V>(state: FormState<V>, event: FormEvent<V>): FormState<V> {
  switch (event.type) {
    case 'edit': {
      const errors = { ...state.errors };
      for (const field of [...Object.keys(event.patch), ...event.clears]) delete errors[field];
      return { ...state, values: { ...state.values, ...event.patch }, errors, problem: null };
    }
    case 'reset':
      return { ...state, values: event.values, errors: {}, problem: null };
    case 'refused':
      return { ...state, errors: event.errors, problem: event.problem, submitting: false };
    case 'submitting':
      return { ...state, errors: {}, problem: null, submitting: true };
    case 'answered':
      return { ...state, submitting: false };
  }
}

/** The client's verdict before anything is sent: the schema's problems, then the checks a schema cannot make. */
export function clientErrors(schemaProblems: FieldErrors, checked: FieldErrors): FieldErrors {
  const errors: FieldErrors = { ...schemaProblems };
  for (const [field, message] of Object.entries(checked)) if (message) errors[field] = message;
  return errors;
}
