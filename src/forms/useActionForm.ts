import { useReducer, useRef, useState } from 'react';
import type { z } from 'zod';
import type { ApiError } from '@/api/errors';
import { clientErrors, formReducer, initialFormState } from './actionForm';
import { useDraft } from './drafts';
import type { FormDraft } from './drafts';
import { hasErrors, schemaErrors, topLevelField } from './schemaErrors';
import type { FieldErrors, FieldOf } from './schemaErrors';
import { serverFieldErrors } from './serverFieldErrors';

/** What a write answered: the form needs to know only whether it went through, and why not. */
export type WriteResult = { ok: true } | { ok: false; error: ApiError };

export interface ActionFormOptions<V, I, R extends WriteResult> {
  /** The action's schema in core: the same check the server makes. */
  schema: z.ZodType;
  /** The form as it opens (read once). */
  initial: V;
  /** The action's input from the form's values. */
  toInput: (values: V) => I;
  /** The write itself, called within the tap (WeChat's consent dialogs must be asked before anything is awaited). */
  submit: (input: I, values: V) => Promise<R>;
  /** After the write: go back and say so, or explain a refusal that is not about a field. */
  finish: (result: R, values: V) => Promise<unknown>;
  /** Checks a schema cannot make (a day against today); they win over the schema's words for the same field. */
  check?: (values: V) => FieldErrors;
  /** The form field a path into the input belongs to. */
  fieldOf?: FieldOf;
  /** A refusal's field errors and the line by the button; null when the refusal is not about the form. */
  serverErrors?: (error: ApiError) => { fields: FieldErrors; message: string | null } | null;
  /** A problem that stops the submit after the fields are checked (an upload failed). */
  blocked?: string | null;
  /** What to say by the button when a field is red; nothing by default. */
  invalidProblem?: (errors: FieldErrors) => string | null;
  /** Draft scope (`closure.apply:<taskId>`): the form keeps its draft, keyed by member and scope; null until known. */
  draftKey?: string | null;
  /** Fits a restored draft to what still exists (evidence picked from posts that may be gone). */
  restore?: (saved: V) => V;
  /** Error fields that belong to a value besides its own name (day and time → heldAt). */
  clears?: (field: keyof V & string) => string[];
}

export interface ActionForm<V> {
  values: V;
  errors: FieldErrors;
  problem: string | null;
  submitting: boolean;
  draft: FormDraft;
  edit: (patch: Partial<V>) => void;
  /** `set('text')` is the input handler of that field. */
  set: <K extends keyof V & string>(field: K) => (value: V[K]) => void;
  /** Validates, writes, then maps what came back; answers whether the write went through. */
  submit: () => Promise<boolean>;
}

function defaultServerErrors(fieldOf: FieldOf) {
  return (error: ApiError) => {
    const fields = serverFieldErrors(error, { fieldOf });
    return hasErrors(fields) ? { fields, message: error.message } : null;
  };
}

/**
 * One form over one action: its values, the client schema's field errors, then the server's, the submitting flag,
 * and the draft (useDraft) when a `draftKey` is given.
 */
export function useActionForm<V, I, R extends WriteResult>(options: ActionFormOptions<V, I, R>): ActionForm<V> {
  const [initial] = useState(options.initial);
  const [state, dispatch] = useReducer(formReducer<V>, initial, initialFormState);
  const latest = useRef(options);
  latest.current = options;
  const draft = useDraft({
    scope: options.draftKey ?? null,
    value: state.values,
    empty: initial,
    restore: (saved) => dispatch({ type: 'reset', values: latest.current.restore ? latest.current.restore(saved) : saved }),
  });

  const edit = (patch: Partial<V>) => {
    const clears = (Object.keys(patch) as (keyof V & string)[]).flatMap((field) => latest.current.clears?.(field) ?? []);
    dispatch({ type: 'edit', patch, clears });
  };

  const submit = async (): Promise<boolean> => {
    const { schema, toInput, check, fieldOf = topLevelField, blocked, invalidProblem, finish } = options;
    const values = state.values;
    const input = toInput(values);
    const errors = clientErrors(schemaErrors(schema, input, fieldOf), check?.(values) ?? {});
    if (hasErrors(errors)) {
      dispatch({ type: 'refused', errors, problem: invalidProblem?.(errors) ?? null });
      return false;
    }
    if (blocked) {
      dispatch({ type: 'refused', errors: {}, problem: null });
      return false;
    }
    dispatch({ type: 'submitting' });
    const result = await options.submit(input, values);
    dispatch({ type: 'answered' });
    if (result.ok) draft.submitted();
    else {
      const shown = (options.serverErrors ?? defaultServerErrors(fieldOf))(result.error);
      if (shown) {
        dispatch({ type: 'refused', errors: shown.fields, problem: shown.message });
        return false;
      }
    }
    await finish(result, values);
    return result.ok;
  };

  return {
    values: state.values,
    errors: state.errors,
    problem: state.problem,
    submitting: state.submitting,
    draft,
    edit,
    set: (field) => (value) => edit({ [field]: value } as unknown as Partial<V>),
    submit,
  };
}
