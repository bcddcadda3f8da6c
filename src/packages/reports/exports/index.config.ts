export default definePageConfig({ navigationBarTitleText: '台账与报告' });
