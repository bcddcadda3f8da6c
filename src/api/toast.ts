import Taro from '@tarojs/taro';
import { messageFor } from '../../core/errors';
import { errorCodeOf } from './client';

/** Tells the person, in Chinese, why a call failed. */
export function showErrorToast(error: unknown): void {
  void Taro.showToast({ title: messageFor(errorCodeOf(error)), icon: 'none', duration: 2500 });
}

export function showSuccessToast(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 });
}
