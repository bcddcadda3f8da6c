export default definePageConfig({ navigationBarTitleText: '我的事项' });
