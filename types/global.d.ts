/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string;
  export default src;
}
declare module '*.scss';

/** The cloud environment id baked in at build time (TARO_APP_CLOUD_ENV); empty: the default environment. */
declare const CLOUD_ENV: string;

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by the Taro CLI for the target being built; branches on it are removed from the other target. */
    TARO_ENV: 'weapp' | 'h5' | undefined;
  }
}
