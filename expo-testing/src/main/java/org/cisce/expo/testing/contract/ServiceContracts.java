package org.cisce.expo.testing.contract;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For tests that talk to several running services: every REST Assured response is checked against the contract
 * of the service it came from, told apart by its address ({@code 127.0.0.1:8082} is booth-service's, ...).
 */
public final class ServiceContracts implements Filter {

    private static final ServiceContracts INSTANCE = new ServiceContracts();

    private final Map<String, Contract> byAuthority = new ConcurrentHashMap<>();

    private ServiceContracts() {
    }

    /** From now on, responses from {@code baseUrl} ({@code http://host:port}) are checked against the contract. */
    public static synchronized void check(String baseUrl, Contract contract) {
        if (INSTANCE.byAuthority.isEmpty()) {
            RestAssured.filters(INSTANCE);
        }
        INSTANCE.byAuthority.put(URI.create(baseUrl).getAuthority(), contract);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Contract contract = byAuthority.get(URI.create(request.getURI()).getAuthority());
        return contract == null ? context.next(request, response)
                : contract.responseFilter().filter(request, response, context);
    }
}
