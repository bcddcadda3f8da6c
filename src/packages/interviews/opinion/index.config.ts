export default definePageConfig({ navigationBarTitleText: '组织实施部门意见' });
