import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initApi } from './api/client';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(initApi);
  return children;
}

export default App;
