export default definePageConfig({ navigationBarTitleText: '导入整改方案' });
