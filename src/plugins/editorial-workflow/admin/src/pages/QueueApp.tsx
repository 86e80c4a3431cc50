import { Main } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';

const QueueApp = () => (
  <Main>
    <Layouts.Header title="Tin bài chờ xử lý" />
  </Main>
);

export default QueueApp;
