package io.breachflow.demo;

import java.util.Map;

/**
 * What the demo officer types where the drafting desk could not pre-fill a required item from the case: short,
 * plausible texts in the field's language, free of personal data. Content of the demo documents, not interface
 * words, so it lives here rather than in a message bundle.
 */
final class DemoTexts {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("whatHappened", "A former employee used a signing key that was not revoked when they left to "
                    + "read customer account data through an internal API."),
            Map.entry("cause", "A former employee's access key stayed valid after they left."),
            Map.entry("consequences", "Phishing and smishing that quote order details; no payment data was taken."),
            Map.entry("measuresTaken", "The key was revoked, every signing key rotated, the export API now needs "
                    + "a second factor, and the police were informed."),
            Map.entry("whatYouCanDo", "Ignore messages that ask you to pay or log in through a link; change your "
                    + "password if you reuse it elsewhere."),
            Map.entry("contactPoint", "Privacy help desk 1588-0000 (weekdays 09:00-18:00 KST), privacy@example.com"),
            Map.entry("legalRights", "You may ask for access to your data, for its correction, and for damages."),
            Map.entry("responseToIndividuals", "Customers are told by text message in waves."),
            Map.entry("publicAnnouncement", "Notice on the website's front page."),
            Map.entry("preventiveMeasures", "Keys are revoked on the day a person leaves; access reviews monthly."),
            Map.entry("pending", "The final count of accounts and the full access log review."),
            Map.entry("scope", "Customer accounts: names, emails, phone numbers, delivery addresses, order history."),
            Map.entry("subjectCategories", "Customers"),
            Map.entry("materialImpact", "Under assessment."),
            Map.entry("lawEnforcementDelay", "Notice was not delayed by law enforcement."),
            Map.entry("evidenceSummary", "Export API access log excerpt (key id, times, request counts) and the "
                    + "leaver record showing the key was never revoked."),
            Map.entry("other", "None."));

    private static final Map<String, String> KO = Map.ofEntries(
            Map.entry("whatHappened", "퇴사한 직원이 퇴사 시 폐기되지 않은 서명 키로 내부 API를 통해 고객 계정 정보를 "
                    + "조회했습니다."),
            Map.entry("cause", "퇴사한 직원의 접근 키가 퇴사 후에도 유효했습니다."),
            Map.entry("consequences", "주문 내역을 언급하는 피싱·스미싱 피해가 우려됩니다. 결제 정보는 유출되지 않았습니다."),
            Map.entry("measuresTaken", "해당 키를 폐기하고 모든 서명 키를 교체했으며, 내보내기 API에 2단계 인증을 "
                    + "적용하고 경찰에 신고했습니다."),
            Map.entry("whatYouCanDo", "결제나 링크를 통한 로그인을 요구하는 메시지는 무시하시고, 다른 곳에서 같은 "
                    + "비밀번호를 쓰신다면 변경해 주십시오."),
            Map.entry("contactPoint", "개인정보 보호 상담센터 1588-0000 (평일 09:00-18:00), privacy@example.com"),
            Map.entry("legalRights", "본인 정보의 열람·정정을 요구하실 수 있고 손해배상을 청구하실 수 있습니다."),
            Map.entry("lawEnforcementDelay", "수사기관의 요청으로 통지를 늦추지 않았습니다."),
            Map.entry("other", "없음."));

    private DemoTexts() {
    }

    /** The demo text for {@code item} in {@code language}, else the English one, else a neutral line. */
    static String of(String item, String language) {
        String text = "ko".equals(language) ? KO.get(item) : null;
        if (text == null) {
            text = EN.get(item);
        }
        return text != null ? text : "ko".equals(language) ? "확인 중입니다." : "Being established.";
    }
}
