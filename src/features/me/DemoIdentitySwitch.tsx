import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { openDemoLogin } from '@/utils/demoLogin';

/** On the local H5 app, a way back to the demo-identity page; renders nothing in the mini-program. */
export function DemoIdentitySwitch() {
  if (process.env.TARO_ENV !== 'h5') return null;
  return (
    <Section title='本地演示'>
      <ListCell title='切换演示身份' onClick={openDemoLogin} />
    </Section>
  );
}
