import { createElement } from 'react';
import { act, create } from 'react-test-renderer';
import type { ReactTestRenderer } from 'react-test-renderer';
import type { ActionInput, ActionName, ActionOutput } from '../../core/actions';

// React 18 warns about updates outside act() unless told this is a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Runs a hook inside a rendered component, as a page would; `result.current` is what the last render returned. */
export function renderHook<Props, Result>(hook: (props: Props) => Result, props: Props) {
  const result = { current: undefined as Result };
  function Probe({ props: current }: { props: Props }) {
    result.current = hook(current);
    return null;
  }
  let renderer: ReactTestRenderer | undefined;
  act(() => {
    renderer = create(createElement(Probe, { props }));
  });
  return {
    result,
    rerender: (next: Props) => act(() => renderer?.update(createElement(Probe, { props: next }))),
    unmount: () => act(() => renderer?.unmount()),
  };
}

/** Lets answered promises and the renders they cause settle. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Does what a person's gesture does (a tap, a pull, reaching the bottom) without waiting for its calls to answer. */
export async function gesture(start: () => unknown): Promise<void> {
  await act(async () => {
    void start();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

type PendingCall = { action: ActionName; input: unknown; answer: (value: unknown) => void; fail: (error: unknown) => void };

/** A fake callApi: every call waits until the test answers or fails it, in any order. */
export function fakeCallApi() {
  const calls: PendingCall[] = [];
  const call = <A extends ActionName>(action: A, input: ActionInput<A>): Promise<ActionOutput<A>> =>
    new Promise<ActionOutput<A>>((answer, fail) => {
      calls.push({ action, input, answer: (value) => answer(value as ActionOutput<A>), fail });
    });
  /** Answers call number `index` and lets the page redraw. */
  const answer = async (index: number, value: unknown) => {
    calls[index]!.answer(value);
    await settle();
  };
  const fail = async (index: number, error: unknown) => {
    calls[index]!.fail(error);
    await settle();
  };
  return { calls, call, answer, fail };
}
