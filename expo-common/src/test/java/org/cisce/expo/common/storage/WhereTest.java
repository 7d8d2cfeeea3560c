package org.cisce.expo.common.storage;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Optional filters: a condition and its parameter come together, or neither does. */
class WhereTest {

    @Test
    void noFilterGivesNoWhereClauseAndNoParameters() {
        Where where = new Where().equal("r.editionId", "editionId", null).after("r.updatedAt", "since", null);
        assertEquals("", where.clause());
        assertTrue(where.params().isEmpty());
    }

    @Test
    void givenFiltersAreJoinedWithTheirParameters() {
        Where where = new Where().equal("r.editionId", "editionId", "cisce-2025").equal("r.status", "status", null)
                .after("r.updatedAt", "since", 5L);
        assertEquals(" where r.editionId = :editionId and r.updatedAt > :since", where.clause());
        assertEquals(Map.of("editionId", "cisce-2025", "since", 5L), where.params());
    }

    @Test
    void aNestedFilterCarriesItsParametersOut() {
        Where inner = new Where().equal("a.chain", "chain", "DIGITAL");
        Where where = new Where().and("exists (select 1 from A a where " + inner.joined() + ")", inner.params());
        assertEquals(" where exists (select 1 from A a where a.chain = :chain)", where.clause());
        assertEquals(Map.of("chain", "DIGITAL"), where.params());
    }

    @Test
    void aSearchTextMatchesItsWildcardsLiterally() {
        assertEquals("%50\\%\\_off\\\\%", Where.containing("50%_off\\"));
    }
}
