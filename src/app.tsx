import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initApi } from './api/client';
import { installPrivacyGate } from './components/PrivacySheet/privacyGate';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initApi();
    installPrivacyGate();
  });
  return children;
}

export default App;
