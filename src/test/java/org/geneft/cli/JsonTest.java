package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming walk writes what ObjectMapper's INDENT_OUTPUT writes, character for character. */
class JsonTest {
    @Test
    void theWalkWritesTheMappersText() throws Exception {
        ObjectNode n = Json.object();
        n.put("int", 3).put("long", 1L << 40).put("double", 0.1).put("tiny", 4.9022760978740275E-6).put("float", 0.1f)
                .put("big", new BigInteger("123456789012345678901234567890")).put("dec", new BigDecimal("1.50"))
                .put("text", "tab\t quote\" back\\ nl\n \u00e9 \u0001").put("yes", true).putNull("nothing");
        Json.put(n, "nan", Double.NaN);
        n.putArray("empty");
        n.putObject("emptyObject");
        n.putArray("mixed").add(1).add("two").addNull().addObject().put("k", -0.0).put("e", 1e300);
        n.putObject("nested").putArray("rows").addArray().add(1.5).add(2.5);
        assertThat(Json.write(n)).isEqualTo(Json.mapper().writeValueAsString(n));
        // a node the walk does not know goes to the mapper whole
        ObjectNode pojo = Json.object();
        pojo.putPOJO("p", java.util.List.of(1, 2));
        assertThat(Json.write(pojo)).isEqualTo(Json.mapper().writeValueAsString(pojo));
    }
}
