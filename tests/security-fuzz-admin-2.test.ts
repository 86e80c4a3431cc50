import { fuzzAdminRoutes } from './fuzz/admin-routes';

// The admin endpoints' fuzz, part 2 of 3 (tests/fuzz/: the corpus, what each endpoint reads, the checks).
fuzzAdminRoutes(2, 3);
