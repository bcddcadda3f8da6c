import type { ActionName, ActionOutput, ParsedActionInput } from '../../core/actions';
import type { ActionContext } from './context';

export type ActionHandler<A extends ActionName> = (input: ParsedActionInput<A>, context: ActionContext) => Promise<ActionOutput<A>>;

export type HandlerTable = { [A in ActionName]: ActionHandler<A> };
