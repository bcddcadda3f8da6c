export default definePageConfig({ navigationBarTitleText: '记录整改成果' });
