package org.cryopath.web.interfaces.faces.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cryopath.scheduling.application.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table that loads only the page it shows, from an application service that answers a
 * {@link Page}. Call {@link #restart()} when the search changes.
 */
public final class PagedResults<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A service call for one page: rows from {@code first}, at most {@code pageSize} of them. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> page(int first, int pageSize);
    }

    /** The row key, as a serializable function. */
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PagedResults(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    /** The search changed: count again and show the first page. */
    public void restart() {
        setRowCount(0);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) loader.page(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Page<T> page = loader.page(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
