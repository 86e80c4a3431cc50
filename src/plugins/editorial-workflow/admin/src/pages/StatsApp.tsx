import { Main } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';

const StatsApp = () => (
  <Main>
    <Layouts.Header title="Thống kê" />
  </Main>
);

export default StatsApp;
