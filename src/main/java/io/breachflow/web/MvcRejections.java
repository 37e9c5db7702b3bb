package io.breachflow.web;

import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** What a rejection Spring MVC decides itself is about, as one {@code errors} entry (issue 14). */
final class MvcRejections {

    private MvcRejections() {
    }

    static ApiProblemAdvice.FieldProblem problem(Exception ex) {
        if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
            return new ApiProblemAdvice.FieldProblem("Content-Type", "Expected one of "
                    + unsupported.getSupportedMediaTypes() + ", but the request has another");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return new ApiProblemAdvice.FieldProblem("Accept", "Expected a type this resource answers with, but the request accepts none");
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return new ApiProblemAdvice.FieldProblem("method", "Expected one of " + method.getSupportedHttpMethods()
                    + ", but the request uses " + method.getMethod());
        }
        if (ex instanceof MissingServletRequestPartException part) {
            return new ApiProblemAdvice.FieldProblem(part.getRequestPartName(), "Expected this part, but it is missing");
        }
        if (ex instanceof MissingServletRequestParameterException parameter) {
            return new ApiProblemAdvice.FieldProblem(parameter.getParameterName(), "Expected this parameter, but it is missing");
        }
        if (ex instanceof MissingRequestValueException) {
            return new ApiProblemAdvice.FieldProblem("request", "Expected a required value, but it is missing");
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return new ApiProblemAdvice.FieldProblem(mismatch.getName(), "Expected a value of the right type, but it is not");
        }
        if (ex instanceof MultipartException) {
            return new ApiProblemAdvice.FieldProblem("body", "Expected a well-formed multipart body, but it is not");
        }
        return new ApiProblemAdvice.FieldProblem("request", "Expected a request this resource accepts, but it is not");
    }
}
