export default definePageConfig({ navigationBarTitleText: '整改反馈' });
