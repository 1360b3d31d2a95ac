package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GrowingPlanTest {

    /** Walks the plan as a concurrent phase does. */
    private static CompletableFuture<List<String>> walk(GrowingPlan plan) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> seen = new ArrayList<>();
            try {
                for (int i = 0; ; i++) {
                    String page = plan.await(i);
                    if (page == null) {
                        return seen;
                    }
                    seen.add(page);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aWalkerSeesEveryPageInOrderAsItIsAddedAndStopsAtTheEnd() throws Exception {
        GrowingPlan plan = new GrowingPlan();
        CompletableFuture<List<String>> walker = walk(plan);
        plan.add("https://a.example/");
        Thread.sleep(20);
        assertThat(walker).isNotDone();
        plan.add("https://a.example/b");
        plan.add("https://a.example/c");
        plan.end();
        assertThat(walker.get(5, TimeUnit.SECONDS)).containsExactly("https://a.example/", "https://a.example/b", "https://a.example/c");
        assertThat(plan.abandoned()).isFalse();
    }

    @Test
    void anEndedPlanIsWalkedWithoutWaiting() throws Exception {
        GrowingPlan plan = new GrowingPlan();
        plan.add("https://a.example/");
        plan.end();
        assertThat(walk(plan).get(5, TimeUnit.SECONDS)).containsExactly("https://a.example/");
        assertThatThrownBy(() -> plan.add("https://a.example/late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAbandonedPlanEndsAWalkMidWay() throws Exception {
        GrowingPlan plan = new GrowingPlan();
        plan.add("https://a.example/");
        CompletableFuture<List<String>> walker = walk(plan);
        Thread.sleep(20);
        plan.abandon();
        assertThat(walker.get(5, TimeUnit.SECONDS)).hasSizeLessThanOrEqualTo(1);
        assertThat(plan.abandoned()).isTrue();
        assertThat(plan.await(0)).isNull();
    }
}
