import { classifySendError } from './openapi';

/** Errors as wx-server-sdk throws them for subscribeMessage.send (tcb-wire-protocol.md §7). */
const wx = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg });

describe('how a failed subscription send is read', () => {
  it('43101: no accept left, or refused', () => {
    expect(classifySendError(wx(43101, 'openapi.subscribeMessage.send:fail user refuse to accept the msg'))).toMatchObject({ kind: 'refused', code: '43101' });
  });

  it('bad data, openid, template or page: never accepted as it is', () => {
    for (const code of [47003, 40003, 40037, 41030]) expect(classifySendError(wx(code, 'fail')).kind).toBe('rejected');
  });

  it('a system error answered: nothing delivered, try again later', () => {
    expect(classifySendError(wx(-1, 'openapi.subscribeMessage.send:fail system error')).kind).toBe('transient');
    expect(classifySendError(wx(-601004, 'system error: error code: -601004')).kind).toBe('transient');
    expect(classifySendError(wx(45009, 'reach max api daily quota limit')).kind).toBe('transient');
  });

  it('the connection broke before an answer: nobody can tell whether it was delivered', () => {
    expect(classifySendError(wx(-501001, 'socket hang up'))).toMatchObject({ kind: 'unknown', code: '-501001' });
    expect(classifySendError(new Error('connect ETIMEDOUT 10.0.0.1:443'))).toMatchObject({ kind: 'unknown', code: 'NETWORK' });
  });
});
