export default definePageConfig({ navigationBarTitleText: '成员与部门' });
