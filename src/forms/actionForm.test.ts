import { clientErrors, formReducer, initialFormState } from './actionForm';

type Values = { summary: string; picked: string[] };
const opened = () => initialFormState<Values>({ summary: '', picked: [] });

describe('the form reducer', () => {
  it('opens with the initial values, no red line and nothing sending', () => {
    expect(opened()).toEqual({ values: { summary: '', picked: [] }, errors: {}, problem: null, submitting: false });
  });

  it("takes an edit and clears that field's red line, the fields it clears, and the line by the button", () => {
    const refused = formReducer(opened(), { type: 'refused', errors: { summary: '请填写', fileIDs: '至少一份', other: '留着' }, problem: '请按红字提示修改' });
    const edited = formReducer(refused, { type: 'edit', patch: { picked: ['f1'] }, clears: ['fileIDs'] });
    expect(edited.values).toEqual({ summary: '', picked: ['f1'] });
    expect(edited.errors).toEqual({ summary: '请填写', other: '留着' });
    expect(edited.problem).toBeNull();
  });

  it('puts a restored draft in place without red lines', () => {
    const refused = formReducer(opened(), { type: 'refused', errors: { summary: '请填写' }, problem: null });
    expect(formReducer(refused, { type: 'reset', values: { summary: '草稿', picked: [] } })).toEqual({ values: { summary: '草稿', picked: [] }, errors: {}, problem: null, submitting: false });
  });

  it('clears the red lines while sending and stops sending once refused or answered', () => {
    const refused = formReducer(opened(), { type: 'refused', errors: { summary: '请填写' }, problem: '请按红字提示修改' });
    const sending = formReducer(refused, { type: 'submitting' });
    expect(sending).toMatchObject({ errors: {}, problem: null, submitting: true });
    expect(formReducer(sending, { type: 'answered' }).submitting).toBe(false);
    expect(formReducer(sending, { type: 'refused', errors: { summary: '服务器说' }, problem: '请求参数不正确' })).toMatchObject({ submitting: false, errors: { summary: '服务器说' } });
  });
});

describe('clientErrors', () => {
  it("lets the form's own checks speak over the schema for the same field, and ignores empty ones", () => {
    expect(clientErrors({ decision: '请检查填写的内容', opinion: '太长' }, { decision: '请选择审核结果', newDate: '' })).toEqual({ decision: '请选择审核结果', opinion: '太长' });
  });
});
