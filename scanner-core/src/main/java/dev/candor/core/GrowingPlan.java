package dev.candor.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages every phase visits, in the order before-consent chose them. Before-consent adds each
 * page as it decides on it and then ends the plan; a phase running at the same time takes the
 * pages one by one, waiting for the next until it is chosen or the plan has ended. A plan that is
 * abandoned (the start page could not be audited) ends the other phases' walks too, and they are
 * then not recorded, as they would not have run one after the other.
 */
final class GrowingPlan {

    private final List<String> pages = new ArrayList<>();
    private boolean ended;
    private boolean abandoned;

    synchronized void add(String url) {
        if (ended) {
            throw new IllegalStateException("the page plan has ended");
        }
        pages.add(url);
        notifyAll();
    }

    /** No page will be added: the walks of the other phases end after the last one. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** The plan failed with its start page; the other phases stop at their next page. */
    synchronized void abandon() {
        abandoned = true;
        end();
    }

    synchronized boolean abandoned() {
        return abandoned;
    }

    synchronized boolean ended() {
        return ended;
    }

    /** The pages chosen so far. */
    synchronized List<String> pages() {
        return List.copyOf(pages);
    }

    synchronized int size() {
        return pages.size();
    }

    /**
     * The {@code index}-th page, waiting until it is chosen; null once the plan has ended without
     * it (or was abandoned).
     */
    synchronized String await(int index) throws InterruptedException {
        // an abandoned plan has ended too
        while (!ended && index >= pages.size()) {
            wait();
        }
        return abandoned || index >= pages.size() ? null : pages.get(index);
    }
}
