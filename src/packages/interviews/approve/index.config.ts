export default definePageConfig({ navigationBarTitleText: '审批约谈' });
