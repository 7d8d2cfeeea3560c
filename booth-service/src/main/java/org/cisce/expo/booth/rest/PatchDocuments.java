package org.cisce.expo.booth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.cisce.expo.common.http.ApiProblem;
import org.cisce.expo.common.http.MergePatch;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** JSON Merge Patch of a request document, and Bean Validation results as problem+json fields. */
final class PatchDocuments {

    private PatchDocuments() {
    }

    /** {@code patch} applied to {@code current}, read back as a request and validated (400 naming the field). */
    static <T> T apply(ObjectMapper mapper, Validator validator, T current, JsonNode patch, Class<T> type) {
        if (!patch.isObject()) {
            throw Refusal.malformed("a merge patch must be a JSON object");
        }
        JsonNode document = MergePatch.apply(mapper.valueToTree(current), patch);
        T patched;
        try {
            patched = mapper.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw ApiProblem.fromJson(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    /** A violation as a field error: {@code booths[3].price.amount} and its message. */
    static FieldError fieldError(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        return new FieldError(names.isEmpty() ? "body" : String.join(".", names), violation.getMessage());
    }
}
