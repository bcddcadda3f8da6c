export default definePageConfig({ navigationBarTitleText: '约谈' });
