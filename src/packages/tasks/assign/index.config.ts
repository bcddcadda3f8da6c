export default definePageConfig({ navigationBarTitleText: '分配责任' });
