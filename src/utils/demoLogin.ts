/** H5 only: the dev server's page for picking a demo identity lives outside the SPA. */
export const DEMO_LOGIN_URL = '/dev/login';

export function openDemoLogin(): void {
  if (process.env.TARO_ENV === 'h5') window.location.href = DEMO_LOGIN_URL;
}
