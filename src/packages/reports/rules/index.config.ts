export default definePageConfig({ navigationBarTitleText: '制度清单' });
