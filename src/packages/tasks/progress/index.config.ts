export default definePageConfig({ navigationBarTitleText: '报送进展' });
