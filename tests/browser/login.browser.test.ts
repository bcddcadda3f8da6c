import { openPhone, screenshot } from './support/app';
import { browserSuite } from './support/suite';

describe('a newcomer opens the local app', () => {
  const suite = browserSuite();

  it('picks a demo cadre on /dev/login and sees their name, roles and department on 我的', async () => {
    const page = await openPhone(suite.browser);
    await page.goto(`${suite.app.devServer.url}/dev/login`);
    await screenshot(page, 'dev-login');
    await page.getByRole('button', { name: /赵磊/ }).click();
    await page.waitForURL(/pages\/me\/index/);
    await page.getByText('赵磊').first().waitFor();
    await page.getByText('总编室主任').first().waitFor();
    await page.getByText('干部').first().waitFor();
    await page.getByText('总编室').first().waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'me-cadre');
  });

  it('shows the binding form to a WeChat user who is not bound yet', async () => {
    const page = await openPhone(suite.browser);
    await page.goto(`${suite.app.devServer.url}/dev/login`);
    await page.getByRole('button', { name: /未绑定的新微信/ }).click();
    await page.waitForURL(/pages\/me\/index/);
    await page.getByText('邀请码').first().waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'me-unbound');
  });
});
