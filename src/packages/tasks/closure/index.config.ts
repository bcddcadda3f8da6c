export default definePageConfig({ navigationBarTitleText: '申请销号' });
