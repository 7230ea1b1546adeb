--
-- PostgreSQL database dump
--

\restrict u39TVfVgozWRU66i9jFdxZDHqKTmb846vXOPQcTsIBZuQC44vvbJHohnfLqnLQM

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: shop; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA shop;


--
-- Name: order_status; Type: TYPE; Schema: shop; Owner: -
--

CREATE TYPE shop.order_status AS ENUM (
    'placed',
    'shipped',
    'delivered',
    'returned'
);


--
-- Name: touch(); Type: FUNCTION; Schema: shop; Owner: -
--

CREATE FUNCTION shop.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.created_at := now(); RETURN NEW; END; $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customer; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.customer (
    customer_id bigint NOT NULL,
    email text NOT NULL,
    full_name character varying(80) NOT NULL,
    region_id integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    tier character varying(10) DEFAULT 'basic'::character varying
);


--
-- Name: TABLE customer; Type: COMMENT; Schema: shop; Owner: -
--

COMMENT ON TABLE shop.customer IS 'People who ordered at least once.';


--
-- Name: COLUMN customer.email; Type: COMMENT; Schema: shop; Owner: -
--

COMMENT ON COLUMN shop.customer.email IS 'Login e-mail; it''s unique.';


--
-- Name: customer_customer_id_seq; Type: SEQUENCE; Schema: shop; Owner: -
--

ALTER TABLE shop.customer ALTER COLUMN customer_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME shop.customer_customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: order_line; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.order_line (
    customer_id bigint NOT NULL,
    order_number integer NOT NULL,
    line_no smallint NOT NULL,
    product_id integer NOT NULL,
    quantity integer DEFAULT 1 NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    discount real DEFAULT (0.0)::real
);


--
-- Name: COLUMN order_line.discount; Type: COMMENT; Schema: shop; Owner: -
--

COMMENT ON COLUMN shop.order_line.discount IS 'Fraction off the unit price; 0 when none.';


--
-- Name: order_number_seq; Type: SEQUENCE; Schema: shop; Owner: -
--

CREATE SEQUENCE shop.order_number_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: order_totals; Type: VIEW; Schema: shop; Owner: -
--

CREATE VIEW shop.order_totals AS
 SELECT order_line.customer_id,
    order_line.order_number,
    sum(((order_line.quantity)::numeric * order_line.unit_price)) AS total
   FROM shop.order_line
  GROUP BY order_line.customer_id, order_line.order_number;


--
-- Name: orders; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.orders (
    customer_id bigint NOT NULL,
    order_number integer DEFAULT nextval('shop.order_number_seq'::regclass) NOT NULL,
    ordered_on date DEFAULT CURRENT_DATE NOT NULL,
    status shop.order_status DEFAULT 'placed'::shop.order_status NOT NULL
);


--
-- Name: product; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.product (
    product_id integer NOT NULL,
    sku character(12) NOT NULL,
    name text NOT NULL,
    list_price numeric(10,2),
    tags text[],
    CONSTRAINT product_list_price_check CHECK ((list_price >= (0)::numeric))
);


--
-- Name: product_product_id_seq; Type: SEQUENCE; Schema: shop; Owner: -
--

CREATE SEQUENCE shop.product_product_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: product_product_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: -
--

ALTER SEQUENCE shop.product_product_id_seq OWNED BY shop.product.product_id;


--
-- Name: region; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.region (
    region_id integer NOT NULL,
    region_name character varying(40) NOT NULL
);


--
-- Name: region_region_id_seq; Type: SEQUENCE; Schema: shop; Owner: -
--

CREATE SEQUENCE shop.region_region_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: region_region_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: -
--

ALTER SEQUENCE shop.region_region_id_seq OWNED BY shop.region.region_id;


--
-- Name: product product_id; Type: DEFAULT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.product ALTER COLUMN product_id SET DEFAULT nextval('shop.product_product_id_seq'::regclass);


--
-- Name: region region_id; Type: DEFAULT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.region ALTER COLUMN region_id SET DEFAULT nextval('shop.region_region_id_seq'::regclass);


--
-- Data for Name: customer; Type: TABLE DATA; Schema: shop; Owner: -
--

COPY shop.customer (customer_id, email, full_name, region_id, created_at, tier) FROM stdin;
\.


--
-- Data for Name: order_line; Type: TABLE DATA; Schema: shop; Owner: -
--

COPY shop.order_line (customer_id, order_number, line_no, product_id, quantity, unit_price, discount) FROM stdin;
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: shop; Owner: -
--

COPY shop.orders (customer_id, order_number, ordered_on, status) FROM stdin;
\.


--
-- Data for Name: product; Type: TABLE DATA; Schema: shop; Owner: -
--

COPY shop.product (product_id, sku, name, list_price, tags) FROM stdin;
\.


--
-- Data for Name: region; Type: TABLE DATA; Schema: shop; Owner: -
--

COPY shop.region (region_id, region_name) FROM stdin;
1	North; East
2	South
\.


--
-- Name: customer_customer_id_seq; Type: SEQUENCE SET; Schema: shop; Owner: -
--

SELECT pg_catalog.setval('shop.customer_customer_id_seq', 1, false);


--
-- Name: order_number_seq; Type: SEQUENCE SET; Schema: shop; Owner: -
--

SELECT pg_catalog.setval('shop.order_number_seq', 1, false);


--
-- Name: product_product_id_seq; Type: SEQUENCE SET; Schema: shop; Owner: -
--

SELECT pg_catalog.setval('shop.product_product_id_seq', 1, false);


--
-- Name: region_region_id_seq; Type: SEQUENCE SET; Schema: shop; Owner: -
--

SELECT pg_catalog.setval('shop.region_region_id_seq', 2, true);


--
-- Name: customer customer_email_key; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.customer
    ADD CONSTRAINT customer_email_key UNIQUE (email);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (customer_id);


--
-- Name: order_line order_line_pkey; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.order_line
    ADD CONSTRAINT order_line_pkey PRIMARY KEY (customer_id, order_number, line_no);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (customer_id, order_number);


--
-- Name: product product_pkey; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (product_id);


--
-- Name: region region_pkey; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.region
    ADD CONSTRAINT region_pkey PRIMARY KEY (region_id);


--
-- Name: order_line_product_idx; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX order_line_product_idx ON shop.order_line USING btree (product_id);


--
-- Name: customer customer_region_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.customer
    ADD CONSTRAINT customer_region_id_fkey FOREIGN KEY (region_id) REFERENCES shop.region(region_id);


--
-- Name: order_line order_line_customer_id_order_number_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.order_line
    ADD CONSTRAINT order_line_customer_id_order_number_fkey FOREIGN KEY (customer_id, order_number) REFERENCES shop.orders(customer_id, order_number) ON DELETE CASCADE;


--
-- Name: order_line order_line_product_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.order_line
    ADD CONSTRAINT order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.product(product_id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customer(customer_id);


--
-- PostgreSQL database dump complete
--

\unrestrict u39TVfVgozWRU66i9jFdxZDHqKTmb846vXOPQcTsIBZuQC44vvbJHohnfLqnLQM

