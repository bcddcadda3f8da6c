export default definePageConfig({ navigationBarTitleText: '审核销号申请' });
