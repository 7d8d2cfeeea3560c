package org.cisce.expo.common.http;

import org.cisce.expo.common.types.PageRequest;
import org.cisce.expo.common.types.ResultPage;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes out the page schemas that resources name by reference: an annotation cannot name the generic
 * {@code ResultPage<ExhibitorResponse>} and still carry an example, so it says
 * {@code ref = "ResultPageExhibitorResponse"} and the schema is made here from {@link ResultPage}'s members, as the
 * scanner makes it for a return type.
 */
final class PageSchemas {

    private static final String PREFIX = "ResultPage";

    private PageSchemas() {
    }

    static void complete(OpenAPI openAPI) {
        Set<String> missing = new HashSet<>();
        Map<String, Schema> components = Documents.components(openAPI);
        Documents.forEachSchema(openAPI, true, schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(Documents.COMPONENT + PREFIX)) {
                String name = ref.substring(Documents.COMPONENT.length());
                if (!components.containsKey(name)) {
                    missing.add(name);
                }
            }
        });
        for (String name : missing) {
            String item = name.substring(PREFIX.length());
            if (!components.containsKey(item)) {
                throw new IllegalStateException("a response refers to " + name + ", but there is no schema " + item);
            }
            openAPI.getComponents().addSchema(name, page(item));
        }
    }

    private static Schema page(String item) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description(ResultPage.ITEMS).maxItems(PageRequest.MAX_SIZE)
                        .items(OASFactory.createSchema().ref(Documents.COMPONENT + item)))
                .addProperty("page", integer("int32", ResultPage.PAGE, 0))
                .addProperty("size", integer("int32", ResultPage.SIZE, 1)
                        .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE)))
                .addProperty("total", integer("int64", ResultPage.TOTAL, 0));
    }

    private static Schema integer(String format, String description, long minimum) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format(format).description(description)
                .minimum(BigDecimal.valueOf(minimum));
    }
}
