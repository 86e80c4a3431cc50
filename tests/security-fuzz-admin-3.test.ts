import { fuzzAdminRoutes } from './fuzz/admin-routes';

// The admin endpoints' fuzz, part 3 of 3 (tests/fuzz/: the corpus, what each endpoint reads, the checks).
fuzzAdminRoutes(3, 3);
